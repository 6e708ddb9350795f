package com.printdesk.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator of the webhook benchmark: N threads, each with one keep-alive HTTP/1.1
 * connection, posting pre-built requests (headers and body as bytes, signed before the clock starts)
 * and reading each answer's status line, headers and body before sending the next, as Stripe's
 * senders do. It replaces {@code java.net.http.HttpClient}, whose selector and executor hand-offs
 * cost more CPU per request than the endpoint's own HTTP parsing on this two-core machine, where the
 * generator shares the cores with the application and PostgreSQL.
 */
final class KeepAliveSender {

    private final String host;
    private final int port;

    KeepAliveSender(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A POST of {@code body} to {@code path} with these extra header lines, ready to write. */
    byte[] post(String path, String body, String... headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append(':').append(port).append("\r\nContent-Length: ").append(content.length).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
        return request;
    }

    /** Sends every request once over {@code connections} connections; the status of each, in order. */
    int[] send(List<byte[]> requests, int connections) throws Exception {
        int[] statuses = new int[requests.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int c = 0; c < connections; c++) {
                done.add(pool.submit(() -> {
                    Connection connection = null;
                    try {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            if (connection == null) {
                                connection = new Connection(new Socket(host, port));
                            }
                            connection.out.write(requests.get(i));
                            connection.out.flush();
                            Response response = readResponse(connection.in);
                            statuses[i] = response.status();
                            if (!response.keepAlive()) { // Tomcat closes a connection after 100 requests
                                connection.socket.close();
                                connection = null;
                            }
                        }
                    }
                    finally {
                        if (connection != null) {
                            connection.socket.close();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
        return statuses;
    }

    private static final class Connection {

        final Socket socket;
        final OutputStream out;
        final InputStream in;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream());
        }
    }

    private record Response(int status, boolean keepAlive) {
    }

    /** Reads one response (Content-Length or chunked body): its status and whether the connection stays open. */
    private static Response readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(header.substring(15).trim());
            }
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
            else if (lower.startsWith("connection:") && lower.contains("close")) {
                keepAlive = false;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        }
        else if (length > 0) {
            skip(in, length);
        }
        return new Response(status, keepAlive);
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        in.skipNBytes(bytes);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("Connection closed mid-response");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
