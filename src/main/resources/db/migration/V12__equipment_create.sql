-- The equipment registry: machines and installations in the areas of a site, known by their plant code.
create table equipment (
    id            uuid primary key,
    site_id       uuid   not null references site (id),
    area_id       uuid   not null references area (id),
    code          text   not null,
    name          text   not null,
    type          text   not null,
    criticality   text   not null,
    description   text,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);
create unique index equipment_code on equipment (site_id, lower(code));
create index equipment_area on equipment (area_id);
