package org.privacyrights.web.staff;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.privacyrights.connector.application.SystemsHealth;
import org.privacyrights.connectors.api.HealthReport;
import org.privacyrights.request.application.DashboardFigures;
import org.privacyrights.request.application.RequestDashboard;
import org.privacyrights.request.inbound.SetAsideMailView;
import org.privacyrights.request.inbound.SetAsideMails;

/**
 * The dashboard's home: open requests by status and right, what falls due, the median time to complete and the
 * volume per month as charts (with the same figures as tables for screen readers), and whether each connected
 * system answers, asked only after the page is shown so that a slow backend never holds it up; and the mails of
 * the privacy mailbox that were set aside because they could not be read or taken in, with the reason.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestDashboard dashboard;

    @Inject
    private SystemsHealth systems;

    @Inject
    private SetAsideMails setAside;

    private List<SetAsideMailView> setAsideMails;

    private DashboardFigures figures;
    private List<HealthReport> health;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }

    public List<HealthReport> getHealth() {
        if (health == null) {
            health = systems.check();
        }
        return health;
    }

    /** Mails of the privacy mailbox set aside, newest first. */
    public List<SetAsideMailView> getSetAsideMails() {
        if (setAsideMails == null) {
            setAsideMails = setAside.latest();
        }
        return setAsideMails;
    }

    public void checkAgain() {
        health = null;
    }

    /** Chart.js configuration of the requests received and completed per month. */
    public String getVolumeChart() {
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yy", locale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder received = Json.createArrayBuilder();
        JsonArrayBuilder completed = Json.createArrayBuilder();
        for (DashboardFigures.MonthVolume month : getFigures().months()) {
            labels.add(month.month().format(monthName));
            received.add(month.received());
            completed.add(month.completed());
        }
        return chart(
                labels,
                Json.createArrayBuilder()
                        .add(dataset(StaffFaces.text("staff.home.received"), received, "#1d4ed8"))
                        .add(dataset(StaffFaces.text("staff.home.completed"), completed, "#15803d")));
    }

    /** Chart.js configuration of the open requests by status. */
    public String getStatusChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (Map.Entry<String, Long> status : getFigures().openByStatus().entrySet()) {
            labels.add(StaffFaces.text("status." + status.getKey()));
            counts.add(status.getValue());
        }
        return chart(
                labels, Json.createArrayBuilder().add(dataset(StaffFaces.text("staff.home.open"), counts, "#b45309")));
    }

    /** The median time to complete, or a dash before anything completed. */
    public String getMedian() {
        Double days = getFigures().medianDaysToComplete();
        return days == null ? "—" : String.format(locale(), "%.1f", days);
    }

    public String formatMonth(java.time.YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
    }

    /** Milliseconds the backend took to answer. */
    public long millis(HealthReport report) {
        return report.responseTime().toMillis();
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
