package org.sanhe.console.http;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a reply whose body is a {@link FilePart}: the head, then the file's bytes straight from the disk — a
 * zero-copy {@link DefaultFileRegion} on plain connections, and a {@link ChunkedNioFile} (through the pipeline's
 * {@code ChunkedWriteHandler}) under TLS, where the bytes must pass through the encrypting handler. The file is
 * opened without following symbolic links and closed by Netty once written or when the connection drops. Runs on
 * the channel's event loop.
 */
final class FileBodyWriter {

    private static final int CHUNK = 16 * 1024;

    private FileBodyWriter() {
    }

    /**
     * Writes the head and the body.
     *
     * @return the future of the last write, or null when the file could not be opened (nothing was written)
     */
    static ChannelFuture write(ChannelHandlerContext ctx, HttpResponse head, FilePart part, boolean keepAlive) {
        FileChannel file;
        try {
            file = FileChannel.open(part.path(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
        ctx.write(head);
        ChannelFuture last;
        if (ctx.pipeline().get(SslHandler.class) == null) {
            ctx.write(new DefaultFileRegion(file, part.offset(), part.length()));
            last = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else {
            try {
                last = ctx.writeAndFlush(new HttpChunkedInput(
                        new ChunkedNioFile(file, part.offset(), part.length(), CHUNK)));
            } catch (IOException e) {
                ctx.close();
                return ctx.newFailedFuture(e);
            }
        }
        if (!keepAlive) {
            last.addListener(ChannelFutureListener.CLOSE);
        }
        return last;
    }
}
