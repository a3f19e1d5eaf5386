-- The sagas moved to command/process. A stored saga names its class, so the running ones follow it there;
-- their fields are the ones they had, and each keeps its processor (named after the simple class name).
UPDATE SagaEntry SET sagaType = 'com.outsourcingledger.command.process.ProjectSourcingSaga'
    WHERE sagaType = 'com.outsourcingledger.command.sourcing.ProjectSourcingSaga';
UPDATE SagaEntry SET sagaType = 'com.outsourcingledger.command.process.ProjectContractingSaga'
    WHERE sagaType = 'com.outsourcingledger.command.contracting.ProjectContractingSaga';
UPDATE SagaEntry SET sagaType = 'com.outsourcingledger.command.process.VendorSanctionSaga'
    WHERE sagaType = 'com.outsourcingledger.command.contract.VendorSanctionSaga';

UPDATE AssociationValueEntry SET sagaType = 'com.outsourcingledger.command.process.ProjectSourcingSaga'
    WHERE sagaType = 'com.outsourcingledger.command.sourcing.ProjectSourcingSaga';
UPDATE AssociationValueEntry SET sagaType = 'com.outsourcingledger.command.process.ProjectContractingSaga'
    WHERE sagaType = 'com.outsourcingledger.command.contracting.ProjectContractingSaga';
UPDATE AssociationValueEntry SET sagaType = 'com.outsourcingledger.command.process.VendorSanctionSaga'
    WHERE sagaType = 'com.outsourcingledger.command.contract.VendorSanctionSaga';
