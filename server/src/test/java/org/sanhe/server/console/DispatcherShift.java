package org.sanhe.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One dispatcher's shift on an incident, in the browsers of {@link ConsoleInBrowserTest}: two units assigned from
 * the recommendation, one diverted to a new priority-1 incident (board row, then D), the other released with a
 * reason, a note seen by a second dispatcher's console, the incident closed from the dispatcher view; then the
 * auditor's timeline of it shows the note, the release, the divert and "recommended #k" for each assignment.
 */
final class DispatcherShift {

    private final ConsoleBrowser dispatcher;
    private final ConsoleBrowser second;
    private final ConsoleBrowser auditor;

    DispatcherShift(ConsoleBrowser dispatcher, ConsoleBrowser second, ConsoleBrowser auditor) {
        this.dispatcher = dispatcher;
        this.second = second;
        this.auditor = auditor;
    }

    /** @param fire an open building fire (two fire units wanted), urgent a new priority-1 incident */
    void run(long fire, long urgent) {
        String first = assignTheTop(fire, null);
        String second = assignTheTop(fire, first);
        divert(first, urgent);
        release(fire, second);
        note(fire, "屋顶已塌 roof collapsed");
        dispatcher.screenshot("dispatcher");
        close(fire);
        audit(fire, first, second);
    }

    /** Clicks the top recommendation once it is not {@code assigned} (the list follows each assignment). */
    private String assignTheTop(long id, String assigned) {
        select(dispatcher, id);
        String top = "#recommendations .candidate.top[data-unit-id]";
        String unit = dispatcher.wait.until(d -> {
            for (WebElement candidate : d.findElements(By.cssSelector(top))) {
                String unitId = candidate.getAttribute("data-unit-id");
                if (!unitId.equals(assigned)) {
                    candidate.findElement(By.cssSelector("button.assign")).click();
                    return unitId;
                }
            }
            return null;
        });
        dispatcher.await(".act-units li[data-unit-id='" + unit + "']");
        return unit;
    }

    /** Takes the focus off any input, as a click on an empty part of the page would, so that keys are shortcuts. */
    private static void leaveInputs(ConsoleBrowser b) {
        b.driver.executeScript("document.getElementById('incident-list').focus()");
    }

    private static void select(ConsoleBrowser b, long id) {
        b.await("#incident-list .incident[data-incident-id='" + id + "']").click();
        b.await("#incident-list .incident.selected[data-incident-id='" + id + "']");
    }

    private void divert(String unit, long urgent) {
        select(dispatcher, urgent);
        String row = "#unit-board tr[data-unit-id='" + unit + "']";
        dispatcher.await(row + " td").click();
        dispatcher.await(row + ".selected");
        leaveInputs(dispatcher);
        dispatcher.keys("d");
        dispatcher.awaitText(row, "#" + urgent);
        dispatcher.await(".act-units li[data-unit-id='" + unit + "']");
    }

    private void release(long fire, String unit) {
        select(dispatcher, fire);
        String item = ".act-units li[data-unit-id='" + unit + "']";
        dispatcher.await(item + " input.release-reason").sendKeys("fire under control");
        dispatcher.await(item + " button.release").click();
        dispatcher.wait.until(d -> d.findElements(By.cssSelector(item)).isEmpty());
        dispatcher.await("#coverage li.short");
    }

    private void note(long fire, String text) {
        leaveInputs(dispatcher);
        dispatcher.keys("n");
        dispatcher.wait.until(d -> "act-note".equals(d.switchTo().activeElement().getAttribute("id")));
        dispatcher.keys(text, Keys.ENTER);
        dispatcher.awaitText("#act-notes", text);
        select(second, fire);
        second.awaitText("#act-notes", text);
        second.awaitText("#act-history", text);
    }

    private void close(long fire) {
        new Select(dispatcher.await("#act-disposition")).selectByValue("resolved");
        dispatcher.await("#act-close button[type='submit']").click();
        dispatcher.wait.until(d -> d.findElements(By.cssSelector(
                "#incident-list .incident[data-incident-id='" + fire + "']")).isEmpty());
    }

    private void audit(long fire, String first, String second) {
        auditor.chord(Keys.ALT, "y");
        auditor.await("#verify[data-state='ok']");
        auditor.driver.findElement(By.id("search")).sendKeys(Long.toString(fire));
        auditor.await("#search-results .incident[data-incident-id='" + fire + "']").click();
        auditor.awaitText("#timeline", "CloseIncident");
        String timeline = auditor.driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).containsSubsequence(
                "AssignUnit · " + first + " · recommended #1", "AssignUnit · " + second + " · recommended #1",
                "AssignUnit · " + first + " · override · Divert", "UnitReleased (diverted to #",
                "ReleaseUnit · " + second + " · fire under control", "UnitReleased (fire under control)",
                "UpdateIncident · 屋顶已塌 roof collapsed", "NoteAdded", "CloseIncident");
        auditor.screenshot("auditor");
        auditor.await("#kpi-details summary").click();
        auditor.awaitText("#kpi-dispatchers tr[data-dispatcher='dispatcher']", "1 (");
        auditor.await("#kpi-csv").click();
        auditor.awaitText("#kpi-csv-done", "✓");
        new Select(auditor.await("#kpi-hours")).selectByValue("168");
        auditor.awaitText("#kpi-dispatchers tr[data-dispatcher='dispatcher']", "1 (");
    }
}
