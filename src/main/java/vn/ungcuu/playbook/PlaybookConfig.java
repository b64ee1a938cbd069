package vn.ungcuu.playbook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Playbook settings ({@code ungcuu.playbooks.*}, env {@code UNGCUU_PLAYBOOKS_*}). */
@ConfigMapping(prefix = "ungcuu.playbooks")
public interface PlaybookConfig {

    /**
     * The default playbooks stored at first start, one per category. A playbook of the file whose id is
     * already stored is left as it is, so edits made through the API survive restarts and upgrades.
     */
    @WithDefault("playbooks/default-playbooks.json")
    String defaultsResource();
}
