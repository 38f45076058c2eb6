/** What every module's pages and API share: problem details, paging arguments, forms, the language. */
@NamedInterface("web")
package dev.tandem.shared.web;

import org.springframework.modulith.NamedInterface;
