package org.sanhe.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanhe.console.contract.ApiContract;
import org.sanhe.dispatch.runtime.cluster.Await;
import org.sanhe.dispatch.runtime.cluster.Fingerprint;
import org.sanhe.server.cli.DispatchServerCli;
import picocli.CommandLine;

/**
 * The server as a 3-member cluster through its real consoles: a write through one member's console API is read back
 * on another's, {@code /health} shows one leader followed by the two others; when the leader's server is closed a
 * new leader takes office and a write through a surviving member succeeds; at the end the survivors' replicas have
 * the same sequence, state hash and journal chain head, and {@code journal verify} passes on every member's journal.
 */
class ClusterConsoleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BASE_PORT = 23100;

    @TempDir
    Path root;

    @Test
    void everyMemberServesConsolesAndTheClusterSurvivesItsLeader() throws Exception {
        try (ThreeServers three = ThreeServers.start(root, BASE_PORT)) {
            int leader = three.awaitOneLeader();
            assertThat(three.awaitSameFingerprint().sequence()).as("the configuration journaled once, though the"
                    + " three members planned it at once").isEqualTo(three.configurationCommands());
            Map<Integer, JsonNode> health = Await.value("a 200 from every member's /health", () -> {
                try {
                    Map<Integer, JsonNode> all = three.health();
                    return all.size() == ThreeServers.MEMBERS ? all : null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(health.values()).extracting(h -> h.get("cluster").get("memberId").asInt())
                    .containsExactly(0, 1, 2);
            int b = (leader + 1) % 3;
            int c = (leader + 2) % 3;

            long id = openIncident(three, b, "Bell Tower");
            JsonNode onC = awaitIncident(three, c, id);
            assertThat(onC.get("address").asText()).isEqualTo("Bell Tower");
            assertThat(awaitIncident(three, leader, id).get("address").asText()).isEqualTo("Bell Tower");

            three.stop(leader);
            int next = three.awaitOneLeader();
            assertThat(next).isIn(b, c);
            long after = openIncident(three, c, "Drum Tower");
            assertThat(awaitIncident(three, b, after).get("address").asText()).isEqualTo("Drum Tower");

            Fingerprint same = three.awaitSameFingerprint();
            assertThat(same.sequence()).isGreaterThan(0);
            three.stop(b);
            three.stop(c);
        }
        for (int member = 0; member < ThreeServers.MEMBERS; member++) {
            StringWriter out = new StringWriter();
            CommandLine cli = DispatchServerCli.commandLine();
            cli.setOut(new PrintWriter(out));
            int exit = cli.execute("journal", "verify", "--dir", root.resolve("journal-" + member).toString());
            assertThat(exit).as("journal verify of member %d: %s", member, out).isZero();
            JsonNode verified = JSON.readTree(out.toString());
            assertThat(verified.get("chainOk").asBoolean()).isTrue();
            assertThat(verified.get("entries").asLong()).isPositive();
        }
    }

    private long openIncident(ThreeServers three, int member, String address) throws Exception {
        String token = login(three, member, "calltaker");
        HttpResponse<String> created = three.http().send(HttpRequest.newBuilder(URI.create(three.base(member)
                        + "incidents")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"type": "ROBBERY", "location": {"lat": 34.2611, "lon": 108.9423}, "address": "%s"}"""
                        .formatted(address))).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.get().check(created);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /** Polls member's console until the incident shows there (its read model follows its own replica). */
    private JsonNode awaitIncident(ThreeServers three, int member, long id) throws Exception {
        String token = login(three, member, "dispatcher");
        return Await.value("incident " + id + " on member " + member + "'s console", () -> {
            try {
                HttpResponse<String> reply = three.http().send(HttpRequest.newBuilder(URI.create(three.base(member)
                        + "incidents/" + id)).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                return reply.statusCode() == 200 ? JSON.readTree(reply.body()) : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String login(ThreeServers three, int member, String user) throws Exception {
        HttpResponse<String> session = three.http().send(HttpRequest.newBuilder(URI.create(three.base(member)
                + "sessions")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"" + user + "\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        return JSON.readTree(session.body()).get("token").asText();
    }
}
