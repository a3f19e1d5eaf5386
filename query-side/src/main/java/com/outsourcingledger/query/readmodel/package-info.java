/**
 * The read-model kit, the one way a query-side feature keeps a read model: {@link
 * com.outsourcingledger.query.readmodel.ViewFold} (the detail view as a pure fold, with {@code Step} as the one
 * event context), {@link com.outsourcingledger.query.readmodel.BatchedDocuments} and {@link
 * com.outsourcingledger.query.readmodel.DocumentTable} (detail documents read and written once per batch), {@link
 * com.outsourcingledger.query.readmodel.ChangeSet} (the one change tracker of a batch), {@link
 * com.outsourcingledger.query.readmodel.BatchScope} and {@link com.outsourcingledger.query.readmodel.TableStatistics}.
 * {@link com.outsourcingledger.query.readmodel.ContractReadScope} confines a vendor user's reads of what a feature keeps
 * under a contract. It depends on no feature.
 */
package com.outsourcingledger.query.readmodel;
