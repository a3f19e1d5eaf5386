package com.outsourcingledger.api.project;

/** HR's assessment of 假外包、真派遣 risk; a HIGH risk cannot pass the HR review. */
public enum ShamOutsourcingRisk {
    LOW, MEDIUM, HIGH
}
