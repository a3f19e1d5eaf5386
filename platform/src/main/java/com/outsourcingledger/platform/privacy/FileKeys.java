package com.outsourcingledger.platform.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Optional;

/**
 * The keys as files in one directory: {@code <subject>.key} holds a subject's key, {@code <subject>.erased} is its
 * tombstone (the subject id in URL-safe base64, so that any id is a safe file name). A key is written to a temporary
 * file and linked into place, so a reader never sees half a key and two processes never both create one; erasure
 * writes the tombstone first, then overwrites the key file with zeros and deletes it.
 */
final class FileKeys implements SubjectKeys {

    private final Path directory;

    FileKeys(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the personal data key directory " + directory, e);
        }
    }

    @Override
    public Optional<Entry> find(String subjectId) {
        try {
            if (Files.exists(tombstone(subjectId))) {
                return Optional.of(Entry.ERASED);
            }
            Path key = key(subjectId);
            return Files.exists(key) ? Optional.of(new Entry(Files.readAllBytes(key))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key of " + subjectId, e);
        }
    }

    @Override
    public Entry createIfAbsent(String subjectId, byte[] fresh) {
        try {
            Path temporary = Files.createTempFile(directory, "new-", ".tmp");
            try {
                Files.write(temporary, fresh, StandardOpenOption.SYNC);
                Files.createLink(key(subjectId), temporary);
            } catch (FileAlreadyExistsException taken) {
                // another seal (here or in the other app) created it first: theirs holds
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the key of " + subjectId, e);
        }
        Entry entry = find(subjectId).orElseThrow();
        if (entry.erased()) {
            destroy(key(subjectId));
        }
        return entry;
    }

    @Override
    public void erase(String subjectId) {
        try {
            if (!Files.exists(tombstone(subjectId))) {
                Files.write(tombstone(subjectId), new byte[0], StandardOpenOption.CREATE, StandardOpenOption.SYNC);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the erasure of " + subjectId, e);
        }
        destroy(key(subjectId));
    }

    private static void destroy(Path key) {
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.allocate((int) channel.size()));
            channel.force(true);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot overwrite " + key, e);
        }
        try {
            Files.deleteIfExists(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + key, e);
        }
    }

    private Path key(String subjectId) {
        return directory.resolve(fileName(subjectId) + ".key");
    }

    private Path tombstone(String subjectId) {
        return directory.resolve(fileName(subjectId) + ".erased");
    }

    private static String fileName(String subjectId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(subjectId.getBytes(StandardCharsets.UTF_8));
    }
}
