package org.sanhe.console.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The key figures as one CSV table (RFC 4180, CRLF line ends) with the header row {@code section,item,metric,value}:
 * one row per figure of the JSON view, e.g. {@code answer,,p90Seconds,8.2}, {@code answerByCallTaker,calltaker,
 * count,14}, {@code abandonedByLine,110,rate,0.05}, {@code answer,bins.2,count,3}. Null figures are empty cells.
 * Stateless.
 */
final class KpiCsv {

    static final String HEADER = "section,item,metric,value";

    private KpiCsv() {
    }

    static String of(JsonNode view) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = view.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            rows(csv, section.getKey(), "", section.getKey(), section.getValue());
        }
        return csv.toString();
    }

    /** A leaf is one row; an object or array gives a row per leaf, its path (after the section) as the item. */
    private static void rows(StringBuilder csv, String section, String item, String metric, JsonNode value) {
        if (value.isObject()) {
            String prefix = item.isEmpty() && metric.equals(section) ? "" : join(item, metric);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode child = field.getValue();
                if (child.isValueNode()) {
                    row(csv, section, prefix, field.getKey(), child);
                } else {
                    rows(csv, section, prefix, field.getKey(), child);
                }
            }
        } else if (value.isArray()) {
            String prefix = join(item, metric);
            for (int i = 0; i < value.size(); i++) {
                rows(csv, section, prefix, Integer.toString(i), value.get(i));
            }
        } else {
            row(csv, section, item, metric, value);
        }
    }

    private static String join(String item, String metric) {
        return item.isEmpty() ? metric : item + "." + metric;
    }

    private static void row(StringBuilder csv, String section, String item, String metric, JsonNode value) {
        csv.append(cell(section)).append(',').append(cell(item)).append(',').append(cell(metric)).append(',')
                .append(value.isNull() ? "" : cell(value.asText())).append("\r\n");
    }

    private static String cell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
