package org.privacyrights.connectors.adapter.helpdesk;

/**
 * Neutralises cells a spreadsheet would run as a formula (OWASP "CSV injection"): a cell that starts with =, +, -,
 * @, a tab or a carriage return gets a leading apostrophe, so it is shown as the text it is.
 */
final class CsvCells {

    private CsvCells() {}

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
