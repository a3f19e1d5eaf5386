package com.outsourcingledger.api.project;

import java.time.LocalDate;

public record ProjectPeriod(LocalDate startsOn, LocalDate endsOn) {
}
