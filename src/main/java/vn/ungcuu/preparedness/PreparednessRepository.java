package vn.ungcuu.preparedness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PreparednessRepository implements PanacheRepositoryBase<PreparednessRecord, UUID> {
}
