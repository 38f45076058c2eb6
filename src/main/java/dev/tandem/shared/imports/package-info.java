/**
 * Bulk imports of spreadsheets, one machinery for every module: rows streamed from an xlsx workbook or CSV text, named
 * by their headers, checked cell by cell with every wrong cell kept (row, column, reason), and the all-or-nothing job
 * that reads and checks a file first and writes it only when every row is right, its progress shown on a page and
 * over the API.
 */
@NamedInterface("imports")
package dev.tandem.shared.imports;

import org.springframework.modulith.NamedInterface;
