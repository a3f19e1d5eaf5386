package com.outsourcingledger.query.worker;

import com.outsourcingledger.api.privacy.SealedPersonalData;
import com.outsourcingledger.api.worker.WorkerQuery.WorkerDetail;

/**
 * A worker's stored view: the personal data sealed as the filing brought it, and the rest of the detail without it
 * ({@code personalData} null). The data is opened only when a read is answered, so an erasure (the subject's key
 * destroyed) shows at once in every read without this document being touched.
 */
public record WorkerDocument(SealedPersonalData personalData, WorkerDetail detail) {
}
