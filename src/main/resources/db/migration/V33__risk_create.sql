-- The risk matrix: each published version is kept unchanged, since assessments keep the version they were made on.
-- Labels are per level in English and Russian; the band of every cell is stored, likelihood-major
-- (cell (l, s) at index (l - 1) * severity_levels + s), because real matrices are not ranges of the product.
create table risk_matrix (
    id                uuid primary key,
    number            integer     not null unique,
    likelihood_levels integer     not null check (likelihood_levels between 2 and 10),
    severity_levels   integer     not null check (severity_levels between 2 and 10),
    likelihood_en     text[]      not null,
    likelihood_ru     text[]      not null,
    severity_en       text[]      not null,
    severity_ru       text[]      not null,
    bands             text[]      not null,
    published_at      timestamptz not null,
    published_by      uuid,
    published_by_name text        not null
);

insert into risk_matrix (id, number, likelihood_levels, severity_levels, likelihood_en, likelihood_ru, severity_en,
                         severity_ru, bands, published_at, published_by, published_by_name)
values ('7a1c0000-0000-0000-0000-000000000001', 1, 5, 5,
        array ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
        array ['Редко', 'Маловероятно', 'Возможно', 'Вероятно', 'Почти наверняка'],
        array ['Negligible', 'Minor', 'Moderate', 'Major', 'Catastrophic'],
        array ['Незначительная', 'Малая', 'Умеренная', 'Серьёзная', 'Катастрофическая'],
        array ['LOW', 'LOW', 'LOW', 'MEDIUM', 'MEDIUM',
               'LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH',
               'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'EXTREME',
               'LOW', 'MEDIUM', 'HIGH', 'HIGH', 'EXTREME',
               'MEDIUM', 'MEDIUM', 'HIGH', 'EXTREME', 'EXTREME'],
        now(), null, 'Tandem');

-- The taxonomy of hazard categories that the safety department keeps.
create table hazard_category (
    id            uuid primary key,
    code          text   not null,
    name_en       text   not null,
    name_ru       text   not null,
    voided_at     timestamptz,
    voided_by     uuid,
    voided_reason text,
    version       bigint not null
);
create unique index hazard_category_code on hazard_category (lower(code));

insert into hazard_category (id, code, name_en, name_ru, version)
values ('7a1ca000-0000-0000-0000-000000000001', 'WORK_AT_HEIGHT', 'Work at height', 'Работа на высоте', 0),
       ('7a1ca000-0000-0000-0000-000000000002', 'ENERGY_ISOLATION', 'Energy isolation', 'Изоляция энергии', 0),
       ('7a1ca000-0000-0000-0000-000000000003', 'CONFINED_SPACE', 'Confined space', 'Замкнутое пространство', 0),
       ('7a1ca000-0000-0000-0000-000000000004', 'MOVING_MACHINERY', 'Moving machinery', 'Движущиеся механизмы', 0),
       ('7a1ca000-0000-0000-0000-000000000005', 'LIFTING', 'Lifting operations', 'Грузоподъёмные работы', 0),
       ('7a1ca000-0000-0000-0000-000000000006', 'HOT_WORK', 'Hot work', 'Огневые работы', 0),
       ('7a1ca000-0000-0000-0000-000000000007', 'MOLTEN_METAL', 'Molten metal and slag', 'Расплавленный металл и шлак', 0),
       ('7a1ca000-0000-0000-0000-000000000008', 'GAS', 'Hazardous gas', 'Опасный газ', 0),
       ('7a1ca000-0000-0000-0000-000000000009', 'TRAFFIC', 'Rail and road traffic', 'Железнодорожный и автотранспорт', 0),
       ('7a1ca000-0000-0000-0000-00000000000a', 'ELECTRICAL', 'Electrical', 'Электробезопасность', 0);

create table risk_entry (
    id                       uuid primary key,
    external_id              text,
    site_id                  uuid        not null references site (id),
    area_id                  uuid        not null references area (id),
    activity                 text        not null,
    hazard_category_id       uuid        not null references hazard_category (id),
    hazard                   text        not null,
    unwanted_event           text        not null,
    consequence              text        not null,
    owner_person_id          uuid        not null references person (id),
    review_date              date        not null,
    fatal                    boolean     not null,
    status                   text        not null check (status in ('IDENTIFIED', 'ASSESSED', 'MITIGATED',
                                                                   'ELIMINATED', 'ACCEPTED')),
    -- the latest assessment before measures (inherent) and after verified measures (residual), with their matrix
    matrix_id                uuid references risk_matrix (id),
    likelihood               integer,
    severity                 integer,
    band                     text,
    residual_matrix_id       uuid references risk_matrix (id),
    residual_likelihood      integer,
    residual_severity        integer,
    residual_band            text,
    acceptance_justification text,
    accepted_by              uuid,
    created_at               timestamptz not null,
    voided_at                timestamptz,
    voided_by                uuid,
    voided_reason            text,
    version                  bigint      not null
);
-- an external id names one risk of the enterprise, whatever its case
create unique index risk_external_id on risk_entry (lower(external_id));
create index risk_by_site on risk_entry (site_id, area_id);
create index risk_by_owner on risk_entry (owner_person_id);

-- Every assessment ever made, before or after measures, on the matrix version it was made on.
create table risk_assessment (
    risk          uuid        not null references risk_entry (id),
    risk_key      integer     not null,
    stage         text        not null check (stage in ('INHERENT', 'RESIDUAL')),
    matrix_id     uuid        not null references risk_matrix (id),
    likelihood    integer     not null,
    severity      integer     not null,
    band          text        not null,
    note          text,
    assessed_at   timestamptz not null,
    assessed_by   uuid,
    assessed_name text        not null,
    primary key (risk, risk_key)
);

create table risk_control (
    id                   uuid primary key,
    risk_id              uuid        not null references risk_entry (id),
    level                text        not null check (level in ('ELIMINATION', 'SUBSTITUTION', 'ENGINEERING',
                                                                  'ADMINISTRATIVE', 'PPE')),
    description          text        not null,
    owner_person_id      uuid        not null references person (id),
    critical             boolean     not null,
    performance_standard text,
    cadence_months       integer     not null check (cadence_months between 1 and 24),
    effectiveness        text        not null check (effectiveness in ('UNVERIFIED', 'EFFECTIVE', 'NOT_EFFECTIVE')),
    created_at           timestamptz not null,
    voided_at            timestamptz,
    voided_by            uuid,
    voided_reason        text,
    version              bigint      not null
);
create index risk_control_by_risk on risk_control (risk_id);

create table control_verification (
    id            uuid primary key,
    risk_control  uuid        not null references risk_control (id),
    passed        boolean     not null,
    note          text,
    photo_type    text,
    photo         bytea,
    verified_at   timestamptz not null,
    verified_by   uuid,
    verified_name text        not null
);
create index control_verification_by_control on control_verification (risk_control, verified_at);
