package com.outsourcingledger.platform.web.openapi;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The success statuses a handler can answer, read from how it builds its {@code ResponseEntity}: a handler that
 * calls {@code ResponseEntity.created(...)} answers 201, {@code noContent()} 204, and so on. Read from the compiled
 * method rather than declared beside it, so the document cannot say 200 where the code says 201.
 */
final class SuccessStatuses {

    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final Map<String, Integer> FACTORIES = Map.of(
            "ok", 200, "of", 200, "ofNullable", 200, "created", 201, "accepted", 202, "noContent", 204);

    private SuccessStatuses() {
    }

    /**
     * Empty when the method builds no ResponseEntity through these factories (its status is the default). A call to
     * another method of the same class (a controller's shared {@code send} helper) counts as what that method builds.
     */
    static Set<Integer> of(Method method) {
        Set<Integer> statuses = new TreeSet<>();
        Class<?> type = method.getDeclaringClass();
        String owner = type.getName().replace('.', '/');
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        Map<String, Set<Integer>> built = new HashMap<>();
        Map<String, Set<String>> calls = new HashMap<>();
        try (InputStream bytes = loader.getResourceAsStream(owner + ".class")) {
            if (bytes == null) {
                return statuses;
            }
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                                                 String[] exceptions) {
                    Set<Integer> factories = built.computeIfAbsent(name + desc, k -> new TreeSet<>());
                    Set<String> own = calls.computeIfAbsent(name + desc, k -> new HashSet<>());
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String calledOwner, String called,
                                                    String calledDescriptor, boolean isInterface) {
                            if (opcode == Opcodes.INVOKESTATIC && calledOwner.equals(RESPONSE_ENTITY)
                                    && FACTORIES.containsKey(called)) {
                                factories.add(FACTORIES.get(called));
                            } else if (calledOwner.equals(owner)) {
                                own.add(called + calledDescriptor);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            return statuses;
        }
        Deque<String> pending = new ArrayDeque<>(List.of(method.getName() + Type.getMethodDescriptor(method)));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                statuses.addAll(built.getOrDefault(next, Set.of()));
                pending.addAll(calls.getOrDefault(next, Set.of()));
            }
        }
        return statuses;
    }
}
