package org.sanhe.bench.interop;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sanhe.dispatch.domain.alert.AlertArea;
import org.sanhe.dispatch.domain.command.ReceiveAlert;
import org.sanhe.dispatch.domain.geo.GeoPoint;
import org.sanhe.gis.district.DistrictMap;
import org.sanhe.gis.projection.Datum;
import org.sanhe.interop.cap.AlertDistricts;
import org.sanhe.interop.cap.CapAlertAdapter;
import org.sanhe.interop.cap.CapReader;
import org.w3c.dom.Document;

/**
 * What {@code POST /api/v1/alerts} costs its event loop, and the read model its hub thread, per alert: the document
 * read into the core's command ({@link CapAlertAdapter}: secure parse, OASIS {@code cap12.xsd} validation, shape
 * checks) against a bare parse of the same bytes by the JDK (the baseline: what the schema and the checks add); the
 * districts of the alert's areas ({@link AlertDistricts#touched}: a 3 km circle buffered in the metric grid and a box,
 * against Xi'an's 13 prepared boundaries) against the same with unprepared boundaries (the first version) and the
 * district of one point (the console's per-incident lookup).
 * The document is the synthetic Xi'an rainstorm warning of the tests (a circle over the old city, a box in Zhouzhi).
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar CapReadBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CapReadBenchmark {

    /** Synthetic: made for Sanhe's benchmarks, issued by nobody. */
    static final byte[] RAINSTORM = ("""
            <?xml version="1.0" encoding="UTF-8"?>
            <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>SANHE-BENCH-1</identifier><sender>bench@sanhe.example</sender>
              <sent>2026-07-01T08:00:00+08:00</sent><status>Exercise</status><msgType>Alert</msgType>
              <scope>Public</scope>
              <info>
                <language>zh-CN</language><category>Met</category><event>暴雨</event><urgency>Expected</urgency>
                <severity>Severe</severity><certainty>Likely</certainty><expires>2026-07-01T20:00:00+08:00</expires>
                <senderName>Sanhe bench</senderName><headline>暴雨橙色预警（演练）</headline>
                <area><areaDesc>老城区</areaDesc><circle>34.26,108.95 3</circle></area>
                <area><areaDesc>周至县西部</areaDesc>
                  <polygon>33.95,107.90 33.95,108.00 34.05,108.00 34.05,107.90 33.95,107.90</polygon></area>
              </info>
            </alert>
            """).strip().getBytes(StandardCharsets.UTF_8);

    private final CapAlertAdapter adapter = new CapAlertAdapter(new CapReader());
    private final DistrictMap districts = DistrictMap.fromClasspath("/xian/districts.geojson", Datum.WGS84);
    private final AlertDistricts alertDistricts = new AlertDistricts(districts);
    private final List<AlertArea> areas = read().areas();
    private final GeoPoint oldCity = new GeoPoint(34.26, 108.95);

    private ReceiveAlert read() {
        try {
            return adapter.command(RAINSTORM);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public ReceiveAlert readIntoCommand() {
        return read();
    }

    @Benchmark
    public Document baselineBareParse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(RAINSTORM));
    }

    @Benchmark
    public List<String> districtsOfTheAreas() {
        return alertDistricts.touched(areas);
    }

    /** The districts as {@code AlertDistricts} first asked: each unprepared boundary against the shape. */
    @Benchmark
    public List<String> baselineDistrictsUnprepared() {
        var shape = AlertDistricts.outline(areas);
        return districts.districts().stream().filter(d -> d.boundary().intersects(shape)).map(d -> d.code())
                .toList();
    }

    @Benchmark
    public String baselineDistrictOfAPoint() {
        return districts.codeAt(oldCity);
    }
}
