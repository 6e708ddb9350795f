/**
 * Object storage over the S3 API: buckets tmp, order-files, attachments and pdfs, key layouts with sanitised names, presigned downloads and deletes after commit.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.files;
