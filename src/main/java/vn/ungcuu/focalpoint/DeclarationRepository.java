package vn.ungcuu.focalpoint;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<Declaration, UUID> {
}
