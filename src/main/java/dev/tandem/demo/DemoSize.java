package dev.tandem.demo;

/**
 * How big a plant to build.
 *
 * @param ownerStaff everyone of the owner company, management included
 * @param contractorStaff everyone of all contractors together
 * @param hseSpecialists the safety department besides its head
 */
record DemoSize(int sites, int areas, int contractors, int ownerStaff, int contractorStaff, int hseSpecialists) {

    /** The standard demo: 300 people, 10 contractors and 12 areas per scale step; sites grow as ceil(3 scale). */
    static DemoSize scaled(int scale) {
        return new DemoSize((int) Math.ceil(3.0 * scale), 12 * scale, 10 * scale, 120 * scale, 180 * scale, 5 * scale);
    }

    /** An enterprise: four areas a site, two in five people with the owner, a safety specialist per 1,200. */
    static DemoSize of(DemoProperties.Bulk bulk) {
        int owner = bulk.people() * 2 / 5;
        return new DemoSize(
                bulk.sites(),
                4 * bulk.sites(),
                bulk.contractors(),
                owner,
                bulk.people() - owner,
                Math.max(5, bulk.people() / 1200));
    }
}
