package com.outsourcingledger.api.privacy;

/**
 * A person's personal information (个人信息): name, ID number and contact. It never reaches an event in clear:
 * events carry it as {@link SealedPersonalData}, encrypted under the person's own key.
 */
public record PersonalData(String name, String idNumber, String contact) {
}
