package org.sanhe.gis.roads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Converts the OpenStreetMap-derived road KML of central Xi'an ({@code xian_road.kml}, see {@code config/README.md})
 * into gzipped OSM XML that GraphHopper imports: one node per distinct point (coordinates rounded to 7 decimals, as
 * OSM stores them), one way per line, tagged {@code highway} (the KML's {@code fclass}), {@code name}, {@code ref},
 * {@code layer}, {@code bridge=yes}, {@code tunnel=yes}, {@code maxspeed} when known, and {@code oneway=yes} /
 * {@code oneway=-1} for the KML's {@code F} / {@code T}.
 *
 * <p>Points are merged so that lines connect: a line's two ends, and any point of a line on layer 0, are keyed by
 * their position alone; an inner point of a bridge or tunnel (layer other than 0) is keyed by position and layer, so
 * that a bridge does not join the road it passes over. Node ids count from 1 in order of first appearance, way ids
 * in the KML's order: the output is the same byte for byte on every run.
 *
 * <p>Run by {@code scripts/import-xian-roads.sh}; a developer tool, not called by the server.
 * Usage: {@code KmlRoadImport <xian_road.kml> <roads.osm.gz>}
 */
public final class KmlRoadImport {

    private static final double SCALE = 1e7;

    private KmlRoadImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KmlRoadImport <roads.kml> <roads.osm.gz>");
            System.exit(2);
        }
        List<KmlRoad> roads;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            roads = KmlRoadReader.read(in);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            int nodes = write(roads, out);
            System.out.printf("%d roads, %d nodes -> %s%n", roads.size(), nodes, args[1]);
        }
    }

    /** Writes the roads as OSM XML; returns the number of nodes. */
    static int write(List<KmlRoad> roads, OutputStream out) throws IOException {
        Map<String, Long> idByKey = new LinkedHashMap<>();
        Map<Long, long[]> position = new LinkedHashMap<>();
        List<long[]> wayNodes = new ArrayList<>();
        for (KmlRoad road : roads) {
            long[] refs = new long[road.points().size()];
            for (int i = 0; i < refs.length; i++) {
                double[] p = road.points().get(i);
                long lon = Math.round(p[0] * SCALE);
                long lat = Math.round(p[1] * SCALE);
                boolean end = i == 0 || i == refs.length - 1;
                String key = lon + "," + lat + (end || road.layer() == 0 ? "" : "@" + road.layer());
                refs[i] = idByKey.computeIfAbsent(key, k -> (long) idByKey.size() + 1);
                position.putIfAbsent(refs[i], new long[] {lat, lon});
            }
            wayNodes.add(refs);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("osm");
            xml.writeAttribute("version", "0.6");
            xml.writeAttribute("generator", "sanhe KmlRoadImport");
            xml.writeCharacters("\n");
            for (Map.Entry<Long, long[]> node : position.entrySet()) {
                xml.writeEmptyElement("node");
                xml.writeAttribute("id", Long.toString(node.getKey()));
                xml.writeAttribute("lat", degrees(node.getValue()[0]));
                xml.writeAttribute("lon", degrees(node.getValue()[1]));
                xml.writeCharacters("\n");
            }
            for (int w = 0; w < roads.size(); w++) {
                writeWay(xml, w + 1, wayNodes.get(w), roads.get(w));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return position.size();
    }

    private static void writeWay(XMLStreamWriter xml, long id, long[] refs, KmlRoad road) throws XMLStreamException {
        xml.writeStartElement("way");
        xml.writeAttribute("id", Long.toString(id));
        for (long ref : refs) {
            xml.writeEmptyElement("nd");
            xml.writeAttribute("ref", Long.toString(ref));
        }
        tag(xml, "highway", road.text("fclass"));
        tag(xml, "name", road.text("Name"));
        tag(xml, "ref", road.text("ref"));
        tag(xml, "layer", road.layer() == 0 ? "" : Integer.toString(road.layer()));
        tag(xml, "bridge", "T".equals(road.text("bridge")) ? "yes" : "");
        tag(xml, "tunnel", "T".equals(road.text("tunnel")) ? "yes" : "");
        long maxspeed = Math.round(road.attributes().path("maxspeed").asDouble(0));
        tag(xml, "maxspeed", maxspeed > 0 ? Long.toString(maxspeed) : "");
        String oneway = switch (road.text("oneway")) {
            case "F" -> "yes";
            case "T" -> "-1";
            default -> "";
        };
        tag(xml, "oneway", oneway);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void tag(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (!value.isEmpty()) {
            xml.writeEmptyElement("tag");
            xml.writeAttribute("k", key);
            xml.writeAttribute("v", value);
        }
    }

    private static String degrees(long scaled) {
        return java.math.BigDecimal.valueOf(scaled, 7).toPlainString();
    }
}
