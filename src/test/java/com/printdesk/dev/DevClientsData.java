package com.printdesk.dev;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientAdministration;
import com.printdesk.clients.ClientDetails;
import com.printdesk.clients.ClientSearch;
import com.printdesk.clients.Clients;

/**
 * Demo clients of the embedded dev run, so the client list has companies, ABNs, billing addresses, a
 * client with its own payment terms and an archived one. Skips a client whose email already exists,
 * so a restart against a kept database (the docker profile) adds nothing twice.
 */
@Component
@Profile("dev")
class DevClientsData {

    private static final List<ClientDetails> CLIENTS = List.of(
            client("Priya Natarajan", "Southern Cross Robotics Pty Ltd", "priya@scrobotics.example", "02 9123 4567",
                    "51 824 753 556", "Level 2, 15 Harbour St\nSydney NSW 2000", 30, "Prefers PETG for brackets."),
            client("Tom Whitlock", "Whitlock Architecture", "tom@whitlock.example", "03 9876 5432",
                    "53 004 085 616", "88 Collins St\nMelbourne VIC 3000", null, "Scale models, usually 1:200."),
            client("Mei Chen", "Koala Cosplay Co", "mei@koalacosplay.example", "0412 345 678",
                    "33 051 775 556", "PO Box 311\nFortitude Valley QLD 4006", 7, null),
            client("Liam O'Connor", "Outback Drone Parts", "liam@outbackdrones.example", "08 8123 4455",
                    "83 914 571 673", "4 Depot Rd\nAlice Springs NT 0870", null, "Nylon parts; ships by road."),
            client("Sarah Nguyen", "Coastal Dental Lab", "sarah@coastaldental.example", "07 5555 0101", null,
                    "22 Marine Pde\nSouthport QLD 4215", 14, null),
            client("Jack Fraser", null, "jack.fraser@example.com", "0400 111 222", null, null, null,
                    "Hobbyist; pays by card."),
            client("Ana Silva", "Silva Jewellery Studio", "ana@silvajewellery.example", null, null,
                    "Shop 5, 120 King St\nNewtown NSW 2042", null, "Resin castables only."),
            client("Greg Holt", "Holt Prototyping (closed)", "greg@holtproto.example", "02 4000 9999", null, null,
                    null, "Business closed in 2025; kept for the invoice history."));

    private final Clients clients;
    private final ClientAdministration administration;

    DevClientsData(Clients clients, ClientAdministration administration) {
        this.clients = clients;
        this.administration = administration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        for (ClientDetails details : CLIENTS) {
            if (exists(details.email())) {
                continue;
            }
            long id = clients.create(details).id();
            if (details.company() != null && details.company().endsWith("(closed)")) {
                administration.archive(id);
            }
        }
    }

    private boolean exists(String email) {
        return clients.search(new ClientSearch(email, ClientSearch.Column.EMAIL, false, true), 0, 1)
                .getTotalElements() > 0;
    }

    private static ClientDetails client(String name, String company, String email, String phone, String abn,
            String billingAddress, Integer paymentTermsDays, String notes) {
        return new ClientDetails(name, company, email, phone, abn, billingAddress, notes, paymentTermsDays, true);
    }
}
