package vn.ungcuu.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {
}
