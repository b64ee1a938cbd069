package vn.ungcuu.authority;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorityRepository implements PanacheRepositoryBase<Authority, String> {
}
