package dev.tandem.risk.sheet;

import dev.tandem.shared.imports.Importing;

/**
 * The register's import, as its own pages and API run it. The module keeps it internal: no other module imports
 * risks, so this sub-package holds what its web code names and the base package the import itself.
 */
public interface RiskImport extends Importing {

    /** What an import's jobs are called. */
    String KIND = "risk";
}
