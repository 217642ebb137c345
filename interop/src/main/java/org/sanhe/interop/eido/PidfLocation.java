package org.sanhe.interop.eido;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The PIDF-LO (RFC 4119, 5491, 5139) an EIDO location component carries by value: we write a GML point in WGS-84
 * ({@code urn:ogc:def:crs:EPSG::4326}, "lat lon") and the address as text in a civic address's {@code LOC}; we read
 * the first point and the civic address (its {@code LOC}, else its parts joined). Parsed with DOCTYPEs refused (no
 * entities, no network). Stateless.
 *
 * @param point   the position, or null when the document has none
 * @param address the address as text, or null
 */
public record PidfLocation(GeoPoint point, String address) {

    static final String PIDF = "urn:ietf:params:xml:ns:pidf";
    static final String GML = "http://www.opengis.net/gml";
    static final String CIVIC = "urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr";
    private static final List<String> CIVIC_PARTS = List.of("HNO", "PRD", "RD", "STS", "A6", "A3", "A2", "A1",
            "country");

    /** The location as a PIDF-LO document; {@code entity} names whose location it is (e.g. the incident's URN). */
    public String toXml(String entity) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<presence xmlns=\"").append(PIDF).append("\" xmlns:gp=\"urn:ietf:params:xml:ns:pidf:geopriv10\"")
                .append(" xmlns:dm=\"urn:ietf:params:xml:ns:pidf:data-model\" xmlns:gml=\"").append(GML)
                .append("\" xmlns:ca=\"").append(CIVIC).append("\" entity=\"").append(escape(entity)).append("\">")
                .append("<dm:device id=\"incident\"><gp:geopriv><gp:location-info>");
        if (point != null) {
            xml.append("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>").append(point.lat()).append(' ')
                    .append(point.lon()).append("</gml:pos></gml:Point>");
        }
        if (address != null) {
            xml.append("<ca:civicAddress><ca:LOC>").append(escape(address)).append("</ca:LOC></ca:civicAddress>");
        }
        return xml.append("</gp:location-info><gp:usage-rules/><gp:method>Manual</gp:method></gp:geopriv>")
                .append("</dm:device></presence>").toString();
    }

    /**
     * The point and address of a PIDF-LO document.
     *
     * @throws InvalidEidoException {@code EIDO_BAD_VALUE} when it is not XML, or its point is not two WGS-84 numbers
     */
    public static PidfLocation parse(String xml) throws InvalidEidoException {
        Document doc;
        try {
            doc = builder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new InvalidEidoException("EIDO_BAD_VALUE", "locationByValue is not a PIDF-LO XML document: "
                    + e.getMessage());
        }
        return new PidfLocation(point(doc), address(doc));
    }

    private static GeoPoint point(Document doc) throws InvalidEidoException {
        NodeList pos = doc.getElementsByTagNameNS(GML, "pos");
        if (pos.getLength() == 0) {
            return null;
        }
        String[] parts = pos.item(0).getTextContent().strip().split("\\s+");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("two numbers expected");
            }
            return new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidEidoException("EIDO_BAD_VALUE", "gml:pos must be \"lat lon\" in WGS-84 degrees, was \""
                    + pos.item(0).getTextContent().strip() + "\"");
        }
    }

    private static String address(Document doc) {
        NodeList civic = doc.getElementsByTagNameNS(CIVIC, "civicAddress");
        if (civic.getLength() == 0) {
            return null;
        }
        Element address = (Element) civic.item(0);
        String loc = child(address, "LOC");
        if (loc != null) {
            return loc;
        }
        List<String> parts = new ArrayList<>();
        for (String name : CIVIC_PARTS) {
            String part = child(address, name);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(CIVIC, name);
        if (found.getLength() == 0) {
            return null;
        }
        String text = found.item(0).getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        return builder;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
