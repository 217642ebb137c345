package org.sanhe.gis.roads;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the road lines of a KML 2.2 document whose placemarks each hold one {@code LineString} and a JSON
 * {@code description} (the shape of {@code xian_road.kml}), with the JDK's StAX parser. Stateless.
 */
final class KmlRoadReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KmlRoadReader() {
    }

    static List<KmlRoad> read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<KmlRoad> roads = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            String description = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "description" -> description = xml.getElementText();
                    case "coordinates" -> {
                        if (description == null) {
                            throw new IOException("a LineString without its description at line "
                                    + xml.getLocation().getLineNumber());
                        }
                        roads.add(new KmlRoad(points(xml.getElementText()), JSON.readTree(description)));
                        description = null;
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("not a readable KML document: " + e.getMessage(), e);
        }
        return roads;
    }

    private static List<double[]> points(String coordinates) {
        List<double[]> points = new ArrayList<>();
        for (String tuple : coordinates.trim().split("\\s+")) {
            String[] parts = tuple.split(",");
            points.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
        }
        return points;
    }
}
