package org.sanhe.interop.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads one CAP 1.2 document: parsed with the JDK's XML parser with DOCTYPEs refused (so no entity of any kind, no
 * XXE, no network), validated against OASIS's {@code cap12.xsd} from the classpath, then checked for what the schema
 * cannot express. Thread-safe: the compiled schema is shared, each call makes its own parser and validator.
 */
public final class CapReader {

    /** The CAP 1.2 namespace. */
    public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

    private static final String SCHEMA = "cap12.xsd";
    private static final List<String> NEEDS_REFERENCES = List.of("Update", "Cancel", "Ack", "Error");

    private final Schema schema;

    public CapReader() {
        URL xsd = CapReader.class.getResource(SCHEMA);
        if (xsd == null) {
            throw new IllegalStateException(SCHEMA + " is missing from the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + SCHEMA, e);
        }
    }

    /**
     * The alert in {@code xml} (any encoding its XML declaration names).
     *
     * @throws InvalidCapException naming the first problem found
     */
    public CapAlert read(byte[] xml) throws InvalidCapException {
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"alert".equals(root.getLocalName())) {
            throw new InvalidCapException("CAP_WRONG_NAMESPACE", "the root element must be alert in the CAP 1.2"
                    + " namespace " + NAMESPACE + ", was " + root.getLocalName() + " in "
                    + (root.getNamespaceURI() == null ? "no namespace" : root.getNamespaceURI()));
        }
        validate(document);
        return alert(root);
    }

    private static Document parse(byte[] xml) throws InvalidCapException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(Failing.INSTANCE);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new InvalidCapException("CAP_NOT_XML", "not well-formed XML (line " + e.getLineNumber() + "): "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new InvalidCapException("CAP_NOT_XML", "not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private void validate(Document document) throws InvalidCapException {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(Failing.INSTANCE);
            validator.validate(new DOMSource(document));
        } catch (SAXException e) {
            throw new InvalidCapException("CAP_INVALID", "not valid CAP 1.2: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CapAlert alert(Element root) throws InvalidCapException {
        CapKey key = new CapKey(text(root, "sender"), text(root, "identifier"), text(root, "sent"));
        String msgType = text(root, "msgType");
        List<CapKey> references = references(text(root, "references"));
        if (NEEDS_REFERENCES.contains(msgType) && references.isEmpty()) {
            throw new InvalidCapException("CAP_BAD_REFERENCE", "a message of type " + msgType
                    + " must name the messages it is about in references");
        }
        List<CapInfo> infos = new ArrayList<>();
        for (Element info : children(root, "info")) {
            infos.add(info(info));
        }
        return new CapAlert(key, instant("sent", key.sent()), text(root, "status"), msgType, text(root, "scope"),
                references, infos);
    }

    private static List<CapKey> references(String text) throws InvalidCapException {
        List<CapKey> keys = new ArrayList<>();
        for (String reference : text.trim().split("\\s+")) {
            if (reference.isEmpty()) {
                continue;
            }
            String[] parts = reference.split(",", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new InvalidCapException("CAP_BAD_REFERENCE", "a reference must be sender,identifier,sent; was "
                        + reference);
            }
            instant("a reference's sent", parts[2]);
            keys.add(new CapKey(parts[0], parts[1], parts[2]));
        }
        return keys;
    }

    private static CapInfo info(Element info) throws InvalidCapException {
        List<CapArea> areas = new ArrayList<>();
        for (Element area : children(info, "area")) {
            areas.add(area(area));
        }
        String language = text(info, "language");
        return new CapInfo(language.isEmpty() ? "en-US" : language, texts(info, "category"), text(info, "event"),
                text(info, "urgency"), text(info, "severity"), text(info, "certainty"),
                optionalInstant(info, "effective"), optionalInstant(info, "expires"), text(info, "senderName"),
                text(info, "headline"), text(info, "description"), text(info, "instruction"), areas);
    }

    private static CapArea area(Element area) throws InvalidCapException {
        String description = text(area, "areaDesc");
        List<List<GeoPoint>> polygons = new ArrayList<>();
        for (String polygon : texts(area, "polygon")) {
            polygons.add(CapShapes.polygon(description, polygon));
        }
        List<CapCircle> circles = new ArrayList<>();
        for (String circle : texts(area, "circle")) {
            circles.add(CapShapes.circle(description, circle));
        }
        return new CapArea(description, polygons, circles);
    }

    private static Instant optionalInstant(Element parent, String name) throws InvalidCapException {
        String text = text(parent, name);
        return text.isEmpty() ? null : instant(name, text);
    }

    private static Instant instant(String what, String text) throws InvalidCapException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCapException("CAP_INVALID", what + " must be a date-time such as"
                    + " 2026-07-01T08:00:00+08:00, was " + text);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NAMESPACE.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(element -> element.getTextContent().trim()).toList();
    }

    private static String text(Element parent, String name) {
        List<String> texts = texts(parent, name);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    /** Turns the parser's and the validator's warnings-that-matter into exceptions, so nothing is merely printed. */
    private enum Failing implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException e) {
            // a warning does not make a document invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
