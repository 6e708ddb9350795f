package com.printdesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/** The admin client list: search, order, pages and the archived filter, all done by the database. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientListIntegrationTests {

    static final int CLIENTS = 60;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Clients clients;

    @Autowired
    ClientAdministration administration;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    UserDetails admin;
    String tag;

    /** 60 clients "Person 00" to "Person 59" of companies "<tag> Works 59" to "00", created in random order. */
    @BeforeAll
    void createClients() {
        admin = userDetails.loadUserByUsername(data.adminEmail());
        tag = TestClients.tag();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            numbers.add(i);
        }
        Collections.shuffle(numbers, new Random(42));
        for (int n : numbers) {
            clients.create(TestClients.details("Person %02d".formatted(n),
                    "%s Works %02d".formatted(tag, CLIENTS - 1 - n),
                    "p%02d-%s@example.com".formatted(n, tag)));
        }
    }

    @Test
    void aSearchByCompanyShowsTwentyFivePerPageInNameOrderWithTheCount() throws Exception {
        MvcResult first = mvc.perform(list("q", tag + " works")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Showing 1–25 of 60")))
                .andReturn();
        assertThat(names(first)).hasSize(25).startsWith("Person 00", "Person 01").endsWith("Person 24");

        MvcResult second = mvc.perform(list("q", tag, "page", "2"))
                .andExpect(content().string(containsString("Showing 26–50 of 60"))).andReturn();
        assertThat(names(second)).hasSize(25).startsWith("Person 25").endsWith("Person 49");

        MvcResult last = mvc.perform(list("q", tag, "page", "3"))
                .andExpect(content().string(containsString("Showing 51–60 of 60")))
                .andExpect(content().string(containsString("href=\"/admin/clients?q=" + tag + "&amp;page=2\"")))
                .andReturn();
        assertThat(names(last)).hasSize(10).endsWith("Person 59");
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() throws Exception {
        assertThat(names(mvc.perform(list("q", tag, "page", "99")).andReturn())).hasSize(10).endsWith("Person 59");
    }

    @Test
    void theSearchIgnoresCaseAndLooksAtNameCompanyAndEmail() throws Exception {
        mvc.perform(list("q", tag.toUpperCase())).andExpect(content().string(containsString("of 60")));
        assertThat(names(mvc.perform(list("q", "p07-" + tag)).andReturn())).containsExactly("Person 07");
        assertThat(names(mvc.perform(list("q", tag + " WORKS 52")).andReturn())).containsExactly("Person 07");
    }

    @Test
    void eachColumnSortsBothWays() throws Exception {
        assertThat(names(mvc.perform(list("q", tag, "sort", "name", "dir", "desc")).andReturn()))
                .startsWith("Person 59", "Person 58");
        // companies run the other way round from names
        assertThat(names(mvc.perform(list("q", tag, "sort", "company")).andReturn())).startsWith("Person 59");
        assertThat(names(mvc.perform(list("q", tag, "sort", "company", "dir", "desc")).andReturn()))
                .startsWith("Person 00");
        assertThat(names(mvc.perform(list("q", tag, "sort", "email", "dir", "desc")).andReturn()))
                .startsWith("Person 59");
        List<String> newestFirst = names(mvc.perform(list("q", tag, "sort", "created", "dir", "desc")).andReturn());
        List<String> oldestFirst = names(mvc.perform(list("q", tag, "sort", "created", "page", "3")).andReturn());
        assertThat(newestFirst.get(0)).isEqualTo(oldestFirst.get(oldestFirst.size() - 1));
    }

    @Test
    void clientsWithoutACompanyComeLastEitherWay() throws Exception {
        String word = TestClients.tag();
        clients.create(TestClients.details("No Company " + word, null, TestClients.tag() + "@example.com"));
        clients.create(TestClients.details("Beta " + word, "beta", TestClients.tag() + "@example.com"));
        clients.create(TestClients.details("Gamma " + word, "Gamma", TestClients.tag() + "@example.com"));

        assertThat(names(mvc.perform(list("q", word, "sort", "company")).andReturn()))
                .containsExactly("Beta " + word, "Gamma " + word, "No Company " + word);
        assertThat(names(mvc.perform(list("q", word, "sort", "company", "dir", "desc")).andReturn()))
                .containsExactly("Gamma " + word, "Beta " + word, "No Company " + word);
    }

    @Test
    void anUnknownSortOrDirectionFallsBackToNameOrder() throws Exception {
        assertThat(names(mvc.perform(list("q", tag, "sort", "password_hash; drop table clients", "dir", "sideways"))
                .andExpect(status().isOk()).andReturn())).startsWith("Person 00", "Person 01");
    }

    @Test
    void percentAndUnderscoreInTheSearchAreLiteralCharacters() throws Exception {
        String word = TestClients.tag();
        clients.create(TestClients.details("Half Price", "50% Off " + word, TestClients.tag() + "@example.com"));
        clients.create(TestClients.details("Fifty", "50 Percent Off " + word, TestClients.tag() + "@example.com"));
        clients.create(TestClients.details("Under", "a_b " + word, TestClients.tag() + "@example.com"));
        clients.create(TestClients.details("Axb", "axb " + word, TestClients.tag() + "@example.com"));

        assertThat(names(mvc.perform(list("q", "50% off " + word)).andReturn())).containsExactly("Half Price");
        assertThat(names(mvc.perform(list("q", "a_b " + word)).andReturn())).containsExactly("Under");
    }

    @Test
    void archivedClientsAreHiddenUnlessAskedFor() throws Exception {
        String word = TestClients.tag();
        long archived = clients.create(TestClients.details("Gone Away", word, word + "-a@example.com")).id();
        clients.create(TestClients.details("Still Here", word, word + "-b@example.com"));
        administration.archive(archived);

        assertThat(names(mvc.perform(list("q", word)).andReturn())).containsExactly("Still Here");
        assertThat(names(mvc.perform(list("q", word, "archived", "true")).andReturn()))
                .containsExactly("Gone Away", "Still Here");
    }

    @Test
    void anEmptyResultSaysWhatWasSearchedFor() throws Exception {
        mvc.perform(list("q", tag + "-nobody")).andExpect(status().isOk())
                .andExpect(content().string(containsString("No client matches “" + tag + "-nobody”")))
                .andExpect(content().string(not(containsString("No clients yet"))));
    }

    /**
     * No query per row: a page of 25 clients costs the same few statements as any other page (the
     * account check of the security filter, the page and its count).
     */
    @Test
    void theListRunsAConstantNumberOfStatements() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            mvc.perform(list("q", tag)).andExpect(status().isOk()); // warms the settings cache
            statistics.clear();
            mvc.perform(list("q", tag)).andExpect(status().isOk());
            long firstPage = statistics.getPrepareStatementCount();
            statistics.clear();
            mvc.perform(list("q", tag, "page", "2", "sort", "company")).andExpect(status().isOk());
            long secondPage = statistics.getPrepareStatementCount();

            assertThat(firstPage).isEqualTo(secondPage).isBetween(2L, 3L);
        }
        finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aClientUserMayNotOpenTheClientList() throws Exception {
        UserDetails client = data.client();
        mvc.perform(get("/admin/clients").with(user(client))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/clients.csv").with(user(client))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/clients/new").with(user(client))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder list(String... params) {
        MockHttpServletRequestBuilder request = get("/admin/clients").with(user(admin));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(MvcResult result) {
        return ((List<ClientSummary>) result.getModelAndView().getModel().get("clients")).stream()
                .map(ClientSummary::name).toList();
    }
}
