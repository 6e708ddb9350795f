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

    @Autowired
    ShopOrderFixtures shop;

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
                .andExpect(jsonPath("$.errors['delivery.street']").value("Enter the street address"))
                .andExpect(jsonPath("$.errors['delivery.state']").value(org.hamcrest.Matchers.startsWith("Choose the state")))
                .andExpect(jsonPath("$.errors['delivery.postcode']").value("A postcode has 4 digits"))
                .andExpect(jsonPath("$.errors['delivery.suburb']").doesNotExist());
        assertThat(attemptsOf(me)).isZero();
    }

    @Test
    void noContactNoDeliveryAndNoItemsAreEachReported() throws Exception {
        AccountPrincipal me = data.client();
        checkout(me, "{\"items\":[]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.items").value("Add at least one model to the order"))
                .andExpect(jsonPath("$.errors.contact").value("Enter your contact details"))
                .andExpect(jsonPath("$.errors.delivery").value("Choose pickup or shipping"));
        checkout(me, "{" + ITEMS.replace("\"quantity\":1", "\"quantity\":0") + """
                ,"delivery":{"method":"PICKUP"},"contact":{"name":"Ada","email":" "}}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['items[0].quantity']").value("At least 1"))
                .andExpect(jsonPath("$.errors['contact.email']").value("Enter an email address for the order"));
        assertThat(attemptsOf(me)).isZero();
    }

    @Test
    void anotherClientsUploadIsNotFoundAndNothingIsStored() throws Exception {
        AccountPrincipal owner = data.client();
        long fileId = shop.upload(owner, "xyz_calibration_cube.stl").get(0).id();
        AccountPrincipal me = data.client();
        checkout(me, "{" + ITEMS.replace("\"fileId\":1", "\"fileId\":" + fileId) + """
                ,"delivery":{"method":"PICKUP"},"contact":{"name":"Ada","email":"ada@example.com"}}""")
                .andExpect(status().isNotFound());
        assertThat(attemptsOf(me)).isZero();
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

    private ResultActions checkout(AccountPrincipal me, String json) throws Exception {
        return mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(json).with(user(me)).with(csrf()));
    }

    private long attemptsOf(AccountPrincipal me) {
        return jdbc.sql("SELECT count(*) FROM checkout_attempts WHERE user_id = ?").param(me.userId())
                .query(Long.class).single();
    }
}
