/**
 * Print jobs (one per printable invoice line), the job status flow, the printer board and quoted vs actual
 * usage. Listens to invoice and payment events; publishes {@link com.printdesk.jobs.JobEvents}.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.jobs;
