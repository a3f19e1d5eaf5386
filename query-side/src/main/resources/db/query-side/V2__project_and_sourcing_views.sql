-- Project and sourcing read models, portable between PostgreSQL and H2 in PostgreSQL mode: each detail is a
-- JSON document in TEXT; the columns beside it exist only to filter, sort and page.
CREATE TABLE project_view (
    project_id           VARCHAR(255)             NOT NULL PRIMARY KEY,
    name                 VARCHAR(500)             NOT NULL,
    requesting_department VARCHAR(255)            NOT NULL,
    category             VARCHAR(32)              NOT NULL,
    status               VARCHAR(32)              NOT NULL,
    awaiting_step        VARCHAR(32),
    awaiting_department  VARCHAR(32),
    submitted_on         DATE,
    last_changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    document             TEXT                     NOT NULL
);
CREATE INDEX project_view_status_idx ON project_view (status);
CREATE INDEX project_view_department_idx ON project_view (requesting_department);
CREATE INDEX project_view_category_idx ON project_view (category);
CREATE INDEX project_view_awaiting_idx ON project_view (awaiting_department, submitted_on);

CREATE TABLE sourcing_view (
    sourcing_id     VARCHAR(255)             NOT NULL PRIMARY KEY,
    project_id      VARCHAR(255)             NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    last_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    document        TEXT                     NOT NULL
);
CREATE INDEX sourcing_view_project_idx ON sourcing_view (project_id);
