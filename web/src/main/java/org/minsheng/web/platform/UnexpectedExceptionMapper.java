package org.minsheng.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.shared.error.BusinessException;

/**
 * Everything that is not a business error: malformed requests become 4xx problems, the rest a 500
 * with an incident id that is logged with the stack trace — which never reaches the user.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        String path = uri.getPath();
        Throwable cause = unwrap(e);
        if (cause instanceof BusinessException business) {
            return BusinessExceptionMapper.respond(business, path);
        }
        if (cause instanceof EJBAccessException) {
            return Problems.forbidden(path);
        }
        if (cause instanceof OptimisticLockException) {
            return Problems.of(409, "conflict", "该件已被他人修改，请刷新后重试",
                    "The record was changed by someone else; reload and retry", path, null);
        }
        boolean fromService = e instanceof EJBException;
        if (!fromService && (cause instanceof JsonbException || cause instanceof ProcessingException
                || cause instanceof jakarta.json.JsonException)) {
            return Problems.of(400, "malformed", "请求格式不正确（JSON 无法解析或字段类型错误）",
                    "Malformed request: the JSON cannot be read or a field has the wrong type", path, null);
        }
        if (cause instanceof NotSupportedException) {
            return Problems.of(415, "unsupported-media-type", "不支持的内容类型", "Unsupported content type", path, null);
        }
        if (cause instanceof NotAcceptableException) {
            return Problems.of(406, "not-acceptable", "无法以请求头 Accept 要求的格式提供",
                    "Not acceptable: this resource cannot be given in a format the Accept header allows", path, null);
        }
        if (cause instanceof NotAllowedException) {
            return Problems.of(405, "method-not-allowed", "不支持该请求方法", "Method not allowed", path, null);
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 404) {
                return Problems.of(404, "not-found", "没有找到该页面或资源", "Not found", path, null);
            }
            return Problems.of(status, "bad-request", "请求有误", "Bad request", path, null);
        }
        if (isUnreadableBody(e)) {
            return Problems.of(400, "malformed", "请求内容无法读取（格式不完整或已损坏）",
                    "The request body cannot be read: it is incomplete or malformed", path, null);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + path, e);
        return Problems.of(500, "internal", "系统繁忙，请稍后再试（事件编号 " + incident + "）",
                "Something went wrong on our side; try again later (incident " + incident + ")", path, null);
    }

    /**
     * A body the container or a provider could not read: an I/O failure while reading it, or the
     * multipart parser's own failures (RESTEasy's reader exception, mime4j), which are not
     * {@link WebApplicationException}s. None of our own code throws these out of a resource.
     */
    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof IOException || name.equals("org.jboss.resteasy.spi.ReaderException")
                    || name.startsWith("org.apache.james.mime4j.") || isBadFormEncoding(t)) {
                return true;
            }
        }
        return false;
    }

    /** A form body with broken percent-encoding, refused by the JDK's decoder while the form is read. */
    private static boolean isBadFormEncoding(Throwable t) {
        if (!(t instanceof IllegalArgumentException)) {
            return false;
        }
        StackTraceElement[] frames = t.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().equals("java.net.URLDecoder");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof jakarta.transaction.RollbackException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof ProcessingException && current.getCause() instanceof JsonbException jsonb) {
            return jsonb;
        }
        return current;
    }
}
