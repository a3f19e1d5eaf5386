package com.outsourcingledger.api.vendor;

import java.util.List;
import java.util.Set;

/**
 * The required-document policy an admission applied: its {@code policy} version, the qualification types it
 * required for the vendor's categories, and the ids of the valid qualifications on file that met them.
 */
public record RequiredDocuments(String policy, Set<QualificationType> required, List<String> qualificationIds) {
}
