package vn.ungcuu.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Report settings ({@code ungcuu.reports.*}, env {@code UNGCUU_REPORTS_*}). */
@ConfigMapping(prefix = "ungcuu.reports")
public interface ReportConfig {

    /**
     * How long the report's aggregate may wait for the database. Longer than the socket timeout every other
     * query has (10 s, which turns a hung database into a quick 503): over a province's millions of
     * incidents, with several scripts asking at once, one report can take that long.
     */
    @WithDefault("120s")
    Duration queryTimeout();
}
