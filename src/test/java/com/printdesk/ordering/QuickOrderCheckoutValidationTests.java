package com.printdesk.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.support.IntegrationTest;
import com.printdesk.support.TestData;

/**
 * {@code POST /api/quick-order/checkout} refuses bad contact and delivery details with a problem detail
 * naming each field, before anything is priced or stored.
 */
@IntegrationTest
class QuickOrderCheckoutValidationTests {

    static final String URL = "/api/quick-order/checkout";
    static final String ITEMS = """
            "items":[{"fileId":1,"materialId":2,"layerHeight":0.2,"infillPercent":20,"supports":false,
            "supportStyle":"GRID","overhangThreshold":0,"quantity":1,"scale":1}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void missingContactAndAnIncompleteShippingAddressAreNamedFieldByField() throws Exception {
        AccountPrincipal me = data.client();
        checkout(me, "{" + ITEMS + """
                ,"delivery":{"method":"SHIPPING","street":" ","suburb":"Newtown","state":"XY","postcode":"20421"},
                "contact":{"name":"","email":"not-an-email"}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors['contact.name']").value("Enter the name to contact about this order"))
                .andExpect(jsonPath("$.errors['contact.email']").value("Enter a valid email address"))
                .andExpect(jsonPath("$.errors['delivery.street']").value("Enter the street address to ship to"))
                .andExpect(jsonPath("$.errors['delivery.state']").exists())
                .andExpect(jsonPath("$.errors['delivery.postcode']").value("Enter a 4-digit postcode"))
                .andExpect(jsonPath("$.errors['delivery.suburb']").doesNotExist());
        assertThat(attemptsOf(me)).isZero();
    }

    @Test
    void noContactNoDeliveryAndNoItemsAreEachReported() throws Exception {
        AccountPrincipal me = data.client();
        checkout(me, "{\"items\":[]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.items").value("Add at least one model to order"))
                .andExpect(jsonPath("$.errors['contact.name']").exists())
                .andExpect(jsonPath("$.errors['contact.email']").value("Enter an email address for the order"))
                .andExpect(jsonPath("$.errors['delivery.method']").value("Choose pickup or shipping"));
        assertThat(attemptsOf(me)).isZero();
    }

    @Test
    void pickupNeedsNoAddressButShippingToALowerCaseStateIsAccepted() {
        CheckoutRequest pickup = CheckoutValidation.validated(new CheckoutRequest(java.util.List.of(item()),
                new Delivery(DeliveryMethod.PICKUP, "ignored", null, null, null), new Contact(" Ada ", "ada@example.com", " ")));
        assertThat(pickup.delivery()).isEqualTo(ShopOrderFixtures.PICKUP);
        assertThat(pickup.contact()).isEqualTo(new Contact("Ada", "ada@example.com", null));

        CheckoutRequest shipping = CheckoutValidation.validated(new CheckoutRequest(java.util.List.of(item()),
                new Delivery(DeliveryMethod.SHIPPING, "12 Example St ", "Newtown", "nsw", "2042"),
                new Contact("Ada", "ada@example.com", null)));
        assertThat(shipping.delivery()).isEqualTo(ShopOrderFixtures.SHIPPING);
    }

    @Test
    void unreadableJsonIsABadRequestProblem() throws Exception {
        AccountPrincipal me = data.client();
        checkout(me, "{\"items\":[{\"fileId\":\"one\"}],\"delivery\":{\"method\":\"DRONE\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(attemptsOf(me)).isZero();
    }

    @Test
    void onlyClientsWithTheCsrfTokenMayCheckOut() throws Exception {
        String body = "{" + ITEMS + ",\"delivery\":{\"method\":\"PICKUP\"},\"contact\":{\"name\":\"A\",\"email\":\"a@b.co\"}}";
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body).with(user(data.adminPrincipal()))
                .with(csrf())).andExpect(status().isForbidden());
        AccountPrincipal me = data.client();
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body).with(user(me)))
                .andExpect(status().isForbidden());
        assertThat(attemptsOf(me)).isZero();
    }

    private static ItemChoice item() {
        return new ItemChoice(1, 2, new java.math.BigDecimal("0.2"), 20, false, com.printdesk.slicing.SupportStyle.GRID,
                0, 1, java.math.BigDecimal.ONE);
    }

    private ResultActions checkout(AccountPrincipal me, String json) throws Exception {
        return mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json).with(user(me)).with(csrf()));
    }

    private long attemptsOf(AccountPrincipal me) {
        return jdbc.sql("SELECT count(*) FROM checkout_attempts WHERE user_id = ?").param(me.userId())
                .query(Long.class).single();
    }
}
