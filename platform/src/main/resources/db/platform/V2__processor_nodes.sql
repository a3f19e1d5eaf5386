-- The nodes running each split tracking processor, and when each last said so (epoch milliseconds of its clock, as
-- Axon's token claims use the nodes' clocks): the segment balancer shares the segments among the recent ones.
CREATE TABLE processor_node (
    processor_name VARCHAR(255) NOT NULL,
    node           VARCHAR(255) NOT NULL,
    seen_at        BIGINT       NOT NULL,
    PRIMARY KEY (processor_name, node)
);
