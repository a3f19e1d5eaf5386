package com.outsourcingledger.platform.deadlines;

import com.outsourcingledger.api.wire.MetadataKeys;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives events applied when a deadline fires the same metadata as any other event. What a deadline does is
 * done by the system, not by the user whose command once set it: {@code user=system}, no department, no vendor. The
 * correlation id is kept, so the trail still leads back to that request, and the causation is the deadline.
 * Axon's deadline managers register no correlation data providers of their own, hence this interceptor.
 */
final class DeadlineMetadata implements MessageHandlerInterceptor<DeadlineMessage<?>> {

    private final List<CorrelationDataProvider> correlationDataProviders;

    DeadlineMetadata(List<CorrelationDataProvider> correlationDataProviders) {
        this.correlationDataProviders = List.copyOf(correlationDataProviders);
    }

    @Override
    public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        unitOfWork.transformMessage(deadline -> {
            Map<String, Object> metadata = new HashMap<>(deadline.getMetaData());
            metadata.put(MetadataKeys.USER, MetadataKeys.SYSTEM_USER);
            metadata.remove(MetadataKeys.DEPARTMENT);
            metadata.remove(MetadataKeys.VENDOR);
            metadata.remove(MetadataKeys.COMMAND);
            return deadline.withMetaData(MetaData.from(metadata));
        });
        correlationDataProviders.forEach(unitOfWork::registerCorrelationDataProvider);
        return chain.proceed();
    }
}
