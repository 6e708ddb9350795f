/**
 * Print jobs, the printer board and the job status flow (arrives in step 4).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.jobs;
