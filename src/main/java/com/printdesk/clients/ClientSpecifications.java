package com.printdesk.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import com.printdesk.shared.LikePattern;

/** Turns a {@link ClientSearch} into a WHERE clause, so filtering happens in the database. */
final class ClientSpecifications {

    static final char ESCAPE = '\\';

    private ClientSpecifications() {
    }

    static Specification<Client> matching(ClientSearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!search.includeArchived()) {
                predicates.add(cb.isNull(root.get("archivedAt")));
            }
            if (search.hasText()) {
                String pattern = LikePattern.containing(search.text().toLowerCase(Locale.ROOT));
                Expression<String> name = cb.lower(root.get("name"));
                Expression<String> company = cb.lower(root.get("company"));
                Expression<String> email = cb.lower(root.get("email"));
                predicates.add(cb.or(cb.like(name, pattern, ESCAPE), cb.like(company, pattern, ESCAPE),
                        cb.like(email, pattern, ESCAPE)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
