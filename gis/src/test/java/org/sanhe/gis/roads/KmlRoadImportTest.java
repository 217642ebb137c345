package org.sanhe.gis.roads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KML-to-OSM conversion: nodes shared where lines meet, not where a bridge passes over a road; tags. */
class KmlRoadImportTest {

    private static final String KML = """
            <?xml version="1.0" encoding="utf-8"?>
            <Document xmlns="http://www.opengis.net/kml/2.2"><Folder><Folder><name>xian_road</name>
            <Placemark><description><![CDATA[{"ref":"","bridge":"F","layer":0.0,"maxspeed":0.0,"Name":"长乐中路",
            "tunnel":"F","fclass":"primary","oneway":"F"}]]></description><LineString><coordinates>108.99,34.27,0
            108.995,34.27,0
            109.0,34.27,0</coordinates></LineString></Placemark>
            <Placemark><description><![CDATA[{"ref":"G30","bridge":"T","layer":1.0,"maxspeed":80.0,"Name":"",
            "tunnel":"F","fclass":"motorway","oneway":"T"}]]></description><LineString><coordinates>108.995,34.26,0
            108.995,34.27,0
            108.995,34.28,0</coordinates></LineString></Placemark>
            <Placemark><description><![CDATA[{"ref":"","bridge":"F","layer":0.0,"maxspeed":0.0,"Name":"A&B",
            "tunnel":"F","fclass":"residential","oneway":"B"}]]></description><LineString><coordinates>109.0,34.27,0
            109.00000001,34.26,0</coordinates></LineString></Placemark>
            </Folder></Folder></Document>
            """;

    @Test
    void linesJoinAtTheirEndsAndABridgeKeepsItsOwnNodeOverTheRoad() throws IOException {
        List<KmlRoad> roads = KmlRoadReader.read(new ByteArrayInputStream(KML.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int nodes = KmlRoadImport.write(roads, out);

        String osm = out.toString(StandardCharsets.UTF_8);
        assertThat(roads).hasSize(3);
        assertThat(nodes).as("3 + 3 (the bridge's middle is its own) + 1 (the third line starts at the first's end)")
                .isEqualTo(7);
        assertThat(osm).contains("<node id=\"2\" lat=\"34.2700000\" lon=\"108.9950000\"/>",
                "<node id=\"5\" lat=\"34.2700000\" lon=\"108.9950000\"/>",
                "<way id=\"3\"><nd ref=\"3\"/><nd ref=\"7\"/>",
                "<tag k=\"highway\" v=\"primary\"/><tag k=\"name\" v=\"长乐中路\"/><tag k=\"oneway\" v=\"yes\"/>",
                "<tag k=\"ref\" v=\"G30\"/><tag k=\"layer\" v=\"1\"/><tag k=\"bridge\" v=\"yes\"/>"
                        + "<tag k=\"maxspeed\" v=\"80\"/><tag k=\"oneway\" v=\"-1\"/>",
                "<tag k=\"name\" v=\"A&amp;B\"/>");
    }
}
