package com.outsourcingledger.api.vendor;

public record Contact(String name, String role, String phone, String email) {
}
