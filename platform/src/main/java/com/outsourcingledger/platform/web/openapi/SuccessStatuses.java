package com.outsourcingledger.platform.web.openapi;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
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

    /** Empty when the method builds no ResponseEntity through these factories (its status is the default). */
    static Set<Integer> of(Method method) {
        Set<Integer> statuses = new TreeSet<>();
        Class<?> type = method.getDeclaringClass();
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream bytes = loader.getResourceAsStream(resource)) {
            if (bytes == null) {
                return statuses;
            }
            String descriptor = Type.getMethodDescriptor(method);
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                                                 String[] exceptions) {
                    if (!name.equals(method.getName()) || !desc.equals(descriptor)) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String called, String calledDescriptor,
                                                    boolean isInterface) {
                            if (opcode == Opcodes.INVOKESTATIC && owner.equals(RESPONSE_ENTITY)
                                    && FACTORIES.containsKey(called)) {
                                statuses.add(FACTORIES.get(called));
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            return statuses;
        }
        return statuses;
    }
}
