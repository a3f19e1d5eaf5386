-- What the sourcing command handlers must know of other aggregates. vendor_standing follows the vendor events
-- through a tracking processor (vendor-standing), so it trails them by that processor's lag; project_sourcing
-- claims a project for one sourcing in the transaction that opens it, so two sourcings never share a project.
CREATE TABLE vendor_standing (
    vendor_id VARCHAR(64) PRIMARY KEY,
    status    VARCHAR(32) NOT NULL,
    sequence  BIGINT      NOT NULL
);

CREATE TABLE project_sourcing (
    project_id  VARCHAR(64) PRIMARY KEY,
    sourcing_id VARCHAR(64) NOT NULL
);
