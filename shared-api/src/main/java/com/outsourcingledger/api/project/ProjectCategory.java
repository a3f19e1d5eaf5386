package com.outsourcingledger.api.project;

public enum ProjectCategory {
    IT, BPO, HR
}
