package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata export} against a server whose streamed archive stops half way (a server that died, a proxy that
 * gave up): the CLI fails saying how many files it wrote and what to do, and leaves no half-written file.
 */
class ExportCutOffTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void anArchiveCutOffHalfWayFailsAndLeavesOnlyWholeFiles() throws Exception {
        // The second file does not compress, so that half the archive ends inside it.
        byte[] noise = new byte[150_000];
        new java.util.Random(7).nextBytes(noise);
        String second = java.util.Base64.getEncoder().encodeToString(noise);
        byte[] archive = archive(Map.of("a/first.yaml", "x".repeat(10_000), "b/second.yaml", second));
        // The first file whole, the second only begun: chunked, then the connection closes without the last chunk.
        byte[] cut = Arrays.copyOf(archive, archive.length / 2);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> serveCutOff(server, cut));
            int exit = new StrataCli(new Console(stream(out), stream(err), Map.of()), arguments -> {
                        throw new AssertionError("no server starts");
                    })
                    .run(new String[] {
                        "export", "--out", dir.toString(), "--server", "http://127.0.0.1:" + server.getLocalPort()
                    });
            serving.join();

            assertThat(exit).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("the export stopped after 1 files", "run export again");
            assertThat(Files.readString(dir.resolve("a/first.yaml"))).hasSize(10_000);
            assertThat(dir.resolve("b/second.yaml")).doesNotExist();
            try (var left = Files.walk(dir)) {
                assertThat(left.filter(Files::isRegularFile).toList())
                        .as("no partial file is left behind")
                        .containsExactly(dir.resolve("a/first.yaml"));
            }
        }
    }

    private static void serveCutOff(ServerSocket server, byte[] body) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read(new byte[8192]); // the request; its content does not matter here
            OutputStream response = socket.getOutputStream();
            response.write(("HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + Integer.toHexString(body.length) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            response.write(body);
            response.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            response.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] archive(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String path : List.copyOf(new java.util.TreeMap<>(files).keySet())) {
                zip.putNextEntry(new ZipEntry(path));
                zip.write(files.get(path).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
