-- The public key of the deployment's audit signing key, recorded by the first query-side node to start; a node
-- with another key refuses to start (DeploymentSigningKey). Only the public key: the database cannot sign.
CREATE TABLE audit_signing_key (
    id          SMALLINT                 NOT NULL PRIMARY KEY,
    public_key  VARCHAR(255)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
